--TEST--
checkdate(): valid and invalid dates, leap years, year range
--FILE--
<?php
foreach ([[2,29,2024],[2,29,2023],[2,29,1900],[2,29,2000],[13,1,2020],[0,1,2020],[1,0,2020],[1,31,0],[1,31,1],[1,31,32767],[1,31,32768],[4,31,2020],[4,30,2020],[12,31,-1]] as $a) echo implode("/", $a), " ", var_export(checkdate(...$a), true), "\n";
--EXPECT--
2/29/2024 true
2/29/2023 false
2/29/1900 false
2/29/2000 true
13/1/2020 false
0/1/2020 false
1/0/2020 false
1/31/0 false
1/31/1 true
1/31/32767 true
1/31/32768 false
4/31/2020 false
4/30/2020 true
12/31/-1 false
