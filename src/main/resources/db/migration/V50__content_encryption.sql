-- Files at rest are encrypted (Art. 50 para 2; docs/security.md): SM4-GCM on the national suite, AES-256-GCM otherwise,
-- under a key the platform's operator supplies. Each file records its cipher and key; files kept before this migration
-- (null) are plaintext until the re-encryption job, which also moves files to a new key, has passed.
alter table evidence_file add column content_cipher varchar(16) check (content_cipher in ('SM4-GCM', 'AES-256-GCM')),
                          add column content_key_id varchar(64),
                          add constraint evidence_file_key_with_cipher
                              check ((content_cipher is null) = (content_key_id is null));
alter table inspection_document add column content_cipher varchar(16)
                                    check (content_cipher in ('SM4-GCM', 'AES-256-GCM')),
                                add column content_key_id varchar(64),
                                add constraint inspection_document_key_with_cipher
                                    check ((content_cipher is null) = (content_key_id is null));
