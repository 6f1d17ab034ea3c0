-- Reminder days per deadline (SQLite): existing deadlines keep the former fixed schedule, 14, 7, 3 and 1 days.
ALTER TABLE "MovementDeadline" ADD COLUMN "ReminderDays" TEXT NOT NULL DEFAULT '14,7,3,1';
