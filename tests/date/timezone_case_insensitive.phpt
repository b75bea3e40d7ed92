--TEST--
date_default_timezone_set(): ids match ignoring case and are kept as given
--FILE--
<?php
foreach (["europe/paris", "UTC", "utc", "america/argentina/buenos_aires", "US/Eastern", "Etc/GMT+5"] as $z) {
var_dump(date_default_timezone_set($z));
echo date_default_timezone_get(), " ", date("H:i T", 1700000000), "\n";
}
--EXPECT--
bool(true)
europe/paris 23:13 CET
bool(true)
UTC 22:13 UTC
bool(true)
utc 22:13 UTC
bool(true)
america/argentina/buenos_aires 19:13 -03
bool(true)
US/Eastern 17:13 EST
bool(true)
Etc/GMT+5 17:13 -05
