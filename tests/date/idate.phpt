--TEST--
idate(): every supported character
--FILE--
<?php
foreach (str_split("BdhHiILmNostUwWyYzZ") as $c) echo $c, "=", idate($c, 1700000000), " ";
echo "\n";
echo idate("y", 946684800), " ", idate("Y", -70000000000), "\n";
--EXPECT--
B=967 d=14 h=10 H=22 i=13 I=0 L=0 m=11 N=2 o=2023 s=20 t=30 U=1700000000 w=2 W=46 y=23 Y=2023 z=317 Z=0 
0 -249
