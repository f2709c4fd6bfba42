create sequence Thing_SEQ start with 1 increment by 50;
create table Thing (id bigint not null primary key, name varchar(255));
