-- A shift is served when someone confirms the deputy was there (staff, or the deputy on the day,
-- or a reception logged on the shift): only then does it count as duty done.
ALTER TABLE duty_shift ADD COLUMN served_at DATETIME(6) NULL;
ALTER TABLE duty_shift ADD COLUMN served_by VARCHAR(100) NULL;
CREATE INDEX ix_shift_served ON duty_shift (served_at);
