create table early_module (id int);
