--TEST--
date_default_timezone_set/get: UTC default, valid and invalid ids
--FILE--
<?php
var_dump(date_default_timezone_get());
var_dump(date_default_timezone_set("Europe/Berlin"));
var_dump(date_default_timezone_get());
var_dump(date_default_timezone_set("Not/AZone"));
var_dump(date_default_timezone_get());
var_dump(date_default_timezone_set("UTC"));
var_dump(date_default_timezone_get());
--EXPECTF--
string(3) "UTC"
bool(true)
string(13) "Europe/Berlin"

Notice: date_default_timezone_set(): Timezone ID 'Not/AZone' is invalid in %s on line 5
bool(false)
string(13) "Europe/Berlin"
bool(true)
string(3) "UTC"
