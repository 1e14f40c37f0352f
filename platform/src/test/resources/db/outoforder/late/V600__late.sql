create table late_module (id int);
