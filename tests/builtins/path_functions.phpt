--TEST--
basename, dirname (levels) and pathinfo on odd paths
--FILE--
<?php
foreach (["/a/b/c.txt","/a/b/","c.txt","","/","a","/a","//a//b//","a/b","./x.y.z",".hidden","a.b/c"] as $p) { echo json_encode([basename($p), dirname($p), pathinfo($p)]), "\n"; }
echo dirname("/a/b/c/d", 2), " ", dirname("a/b", 3), " ", basename("x.txt", ".txt"), " ", basename("x.txt", "x.txt"), " ", pathinfo("/a/b.c", PATHINFO_EXTENSION), "\n";
try { dirname("a", 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
["c.txt","\/a\/b",{"dirname":"\/a\/b","basename":"c.txt","extension":"txt","filename":"c"}]
["b","\/a",{"dirname":"\/a","basename":"b","filename":"b"}]
["c.txt",".",{"dirname":".","basename":"c.txt","extension":"txt","filename":"c"}]
["","",{"basename":"","filename":""}]
["","\/",{"dirname":"\/","basename":"","filename":""}]
["a",".",{"dirname":".","basename":"a","filename":"a"}]
["a","\/",{"dirname":"\/","basename":"a","filename":"a"}]
["b","\/\/a",{"dirname":"\/\/a","basename":"b","filename":"b"}]
["b","a",{"dirname":"a","basename":"b","filename":"b"}]
["x.y.z",".",{"dirname":".","basename":"x.y.z","extension":"z","filename":"x.y"}]
[".hidden",".",{"dirname":".","basename":".hidden","extension":"hidden","filename":""}]
["c","a.b",{"dirname":"a.b","basename":"c","filename":"c"}]
/a/b . x x.txt c
dirname(): Argument #2 ($levels) must be greater than or equal to 1
