-- The outbox becomes a queue: who a message is for, its attempts and when it was sent or given up.
alter table notification add column recipient_kind varchar(20) default 'APPLICANT' not null;
alter table notification add column attempts int default 0 not null;
alter table notification add column next_attempt_at timestamp;
alter table notification add column claimed_until timestamp;
alter table notification add column last_error varchar(2000);
alter table notification add column sent_at timestamp;
alter table notification add column version bigint default 0 not null;
update notification set next_attempt_at = created_at;
create index notification_due on notification (status, next_attempt_at);
