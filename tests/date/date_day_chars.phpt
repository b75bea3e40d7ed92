--TEST--
date(): day format characters d D j l N S w z
--FILE--
<?php
foreach ([0, 951782400, 1700000000, 1704067199, 1709164800] as $ts) echo date("d|D|j|l|N|S|w|z", $ts), "\n";
--EXPECT--
01|Thu|1|Thursday|4|st|4|0
29|Tue|29|Tuesday|2|th|2|59
14|Tue|14|Tuesday|2|th|2|317
31|Sun|31|Sunday|7|st|0|364
29|Thu|29|Thursday|4|th|4|59
