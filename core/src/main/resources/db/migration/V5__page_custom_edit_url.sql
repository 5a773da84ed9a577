-- Docusaurus' custom_edit_url front matter: where the question page links for "edit this page".
ALTER TABLE page ADD COLUMN custom_edit_url VARCHAR(1000);
