package ru.netcity.gateway.audit;

/**
 * A student's subject in one term of the class; the counting key of the sufficiency rules. Terms
 * are compared by identity: {@link Terms} holds one instance per term, and this key is hashed for
 * every mark of the year.
 */
record StudentTermKey(int studentId, String subject, Term term) {
  @Override
  public boolean equals(Object o) {
    return o instanceof StudentTermKey k
        && k.studentId == studentId
        && k.term == term
        && k.subject.equals(subject);
  }

  @Override
  public int hashCode() {
    return (studentId * 31 + subject.hashCode()) * 31 + System.identityHashCode(term);
  }
}
