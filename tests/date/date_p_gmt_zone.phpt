--TEST--
date(): p shows Z only for UTC, +00:00 for other zero offsets
--FILE--
<?php
date_default_timezone_set("Europe/London");
echo date("p P T", 1700000000), "\n";
date_default_timezone_set("UTC");
echo date("p P T", 1700000000), "\n";
echo gmdate("p", 1700000000), "\n";
--EXPECT--
+00:00 +00:00 GMT
Z +00:00 UTC
Z
