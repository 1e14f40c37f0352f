create table early_module_addition (id int);
