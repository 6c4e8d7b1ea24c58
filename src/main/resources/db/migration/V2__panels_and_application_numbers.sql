-- Each phase has a panel (a chair and at least two members, by Camunda user id) and numbers its applications.
alter table phase add column panel_chair varchar(64);
alter table phase add column applications_received int default 0 not null;

create table phase_panel_member (
    phase_id bigint      not null references phase (id),
    position int         not null,
    user_id  varchar(64) not null,
    primary key (phase_id, position)
);
