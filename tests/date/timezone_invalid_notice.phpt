--TEST--
date_default_timezone_set(): invalid ids give a notice and false
--FILE--
<?php
var_dump(date_default_timezone_set("+02:00"));
var_dump(date_default_timezone_set(""));
var_dump(date_default_timezone_set("../etc/passwd"));
echo date_default_timezone_get(), "\n";
--EXPECTF--

Notice: date_default_timezone_set(): Timezone ID '+02:00' is invalid in %s on line 2
bool(false)

Notice: date_default_timezone_set(): Timezone ID '' is invalid in %s on line 3
bool(false)

Notice: date_default_timezone_set(): Timezone ID '../etc/passwd' is invalid in %s on line 4
bool(false)
UTC
