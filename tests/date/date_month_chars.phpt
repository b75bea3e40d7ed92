--TEST--
date(): month characters F m M n t and leap L
--FILE--
<?php
foreach ([1, 2, 4, 7, 12] as $m) echo gmdate("F|m|M|n|t|L", gmmktime(0, 0, 0, $m, 1, 2024)), "\n";
echo gmdate("t L", gmmktime(0,0,0,2,1,2023)), " ", gmdate("t L", gmmktime(0,0,0,2,1,1900)), " ", gmdate("t L", gmmktime(0,0,0,2,1,2000)), "\n";
--EXPECT--
January|01|Jan|1|31|1
February|02|Feb|2|29|1
April|04|Apr|4|30|1
July|07|Jul|7|31|1
December|12|Dec|12|31|1
28 0 28 0 29 1
