-- Pairings and the funds ledger (issue 6).
-- A help record with a value also appends a funds/materials entry; the record keeps that entry's id so the two are
-- traced to each other. Funds figures are summed from fund_entry only, never from help_record.amount.
ALTER TABLE help_record ADD COLUMN fund_entry_id BIGINT;
ALTER TABLE help_record ADD CONSTRAINT fk_help_record_fund_entry FOREIGN KEY (fund_entry_id) REFERENCES fund_entry (id);
ALTER TABLE help_record ADD CONSTRAINT uq_help_record_fund_entry UNIQUE (fund_entry_id);

-- The last contact of a pairing (overdue flag) and a pairing's ledger lines.
CREATE INDEX ix_visit_pairing ON visit (pairing_id, visit_date);
CREATE INDEX ix_fund_entry_pairing ON fund_entry (pairing_id);
CREATE INDEX ix_pairing_active ON pairing (community_id, end_date);
