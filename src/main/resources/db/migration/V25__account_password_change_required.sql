-- An administrator's password reset makes the account choose its own password at its next sign-in.
ALTER TABLE account ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
