-- Where a person lives, as coordinates, so the placement assistant can propose the nearest
-- station when his community has none. Both or neither; personal data, shown like the phone.
ALTER TABLE deputy ADD COLUMN latitude DOUBLE NULL;
ALTER TABLE deputy ADD COLUMN longitude DOUBLE NULL;
