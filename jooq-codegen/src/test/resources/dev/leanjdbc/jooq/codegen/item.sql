create table item (
    id    bigint primary key,
    name  varchar(40) not null,
    qty   integer     not null,
    "odd ""name""" varchar(10),
    notes varchar(200)
);
