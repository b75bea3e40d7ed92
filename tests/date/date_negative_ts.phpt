--TEST--
date(): timestamps before 1970
--FILE--
<?php
foreach ([-1, -86400, -86401, -2208988800, -5000000000] as $ts) echo gmdate("Y-m-d H:i:s D", $ts), "\n";
--EXPECT--
1969-12-31 23:59:59 Wed
1969-12-31 00:00:00 Wed
1969-12-30 23:59:59 Tue
1900-01-01 00:00:00 Mon
1811-07-23 15:06:40 Tue
