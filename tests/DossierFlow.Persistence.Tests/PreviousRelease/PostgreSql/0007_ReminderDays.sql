-- Reminder days per deadline (PostgreSQL): existing deadlines keep the former fixed schedule, 14, 7, 3 and 1 days.
ALTER TABLE "MovementDeadline" ADD COLUMN "ReminderDays" character varying(50) NOT NULL DEFAULT '14,7,3,1';
-- The default only filled existing rows; the model has none.
ALTER TABLE "MovementDeadline" ALTER COLUMN "ReminderDays" DROP DEFAULT;
