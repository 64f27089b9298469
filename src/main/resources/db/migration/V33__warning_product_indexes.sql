-- supervision: an uploaded inventory is matched against every warning still to be answered in one statement, each
-- component looked up among the warnings' products by package URL or CPE.
create index warning_product_purl_idx on warning_product (purl_type, purl_name);
create index warning_product_cpe_idx on warning_product (cpe_vendor, cpe_product);
