-- Clause 2.3.4.2: the administrator carries out an approved request «с отметкой в журнале «Замена
-- сведений в электронном журнале» о произведённых изменениях». changes_made is that note, required
-- (by the service) for every approval from this version on; approvals recorded before it have
-- none and the register shows them as «не указано». Only an approval carries the note.
ALTER TABLE correction_request ADD COLUMN changes_made VARCHAR(4000);
ALTER TABLE correction_request ADD CONSTRAINT correction_request_changes_made_ck
  CHECK (changes_made IS NULL OR status = 'APPROVED');
