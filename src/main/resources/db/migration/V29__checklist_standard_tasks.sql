-- The checklist's six tasks as the application first wrote them (V20) are its own standard tasks: each screen shows
-- them in its reader's language, and a new edition's tasks are written in the language of whoever records it, until
-- a person rewrites the task's title. Rows already rewritten stay the secretariat's own (decision 0047).
ALTER TABLE logistics_checklist_item ADD COLUMN standard VARCHAR(32);

UPDATE logistics_checklist_item SET standard = 'venue' WHERE title = 'Book the venue and the rooms';
UPDATE logistics_checklist_item SET standard = 'interpretation'
    WHERE title = 'Book English/French interpretation and booths';
UPDATE logistics_checklist_item SET standard = 'visas' WHERE title = 'Send invitation letters for visas';
UPDATE logistics_checklist_item SET standard = 'travel' WHERE title = 'Book the travel of funded participants';
UPDATE logistics_checklist_item SET standard = 'catering'
    WHERE title = 'Confirm catering for the final number of participants';
UPDATE logistics_checklist_item SET standard = 'badges' WHERE title = 'Print the badges';
