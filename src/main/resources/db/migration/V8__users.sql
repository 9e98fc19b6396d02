-- The people who sign in to the gateway's HTTP side (README "Security"). password_hash is a
-- Spring Security DelegatingPasswordEncoder value ("{bcrypt}..."); classes lists the class names a
-- class teacher or teacher is bound to, comma-separated (empty for the administrator and the
-- deputy director, who see all). failed_attempts and locked_until hold the lock-out after repeated
-- failed sign-ins; locked_until is UTC.
CREATE TABLE gateway_user (
  login           VARCHAR(64)   NOT NULL,
  password_hash   VARCHAR(500)  NOT NULL,
  role            VARCHAR(20)   NOT NULL,
  display_name    VARCHAR(200)  NOT NULL,
  classes         VARCHAR(1000) NOT NULL DEFAULT '',
  enabled         BOOLEAN       NOT NULL DEFAULT TRUE,
  failed_attempts INTEGER       NOT NULL DEFAULT 0,
  locked_until    TIMESTAMP,
  created_at      TIMESTAMP     NOT NULL,
  CONSTRAINT gateway_user_pk PRIMARY KEY (login),
  CONSTRAINT gateway_user_role_ck CHECK (
    role IN ('ADMINISTRATOR', 'DEPUTY_DIRECTOR', 'CLASS_TEACHER', 'TEACHER'))
);
