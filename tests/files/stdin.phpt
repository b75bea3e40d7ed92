--TEST--
reading STDIN: fgets, fgetc, fread, fgetcsv, stream_get_contents, feof
--STDIN--
first line
Xabcd rest
a,b
"c
d",e

tail 1
tail 2
--FILE--
<?php
var_dump(fgets(STDIN));
var_dump(fgetc(STDIN));
var_dump(fread(STDIN, 4));
var_dump(trim(fgets(STDIN)));
$rows = [];
while (($r = fgetcsv(STDIN)) !== false) {
    if ($r === [null]) break;
    $rows[] = $r;
}
echo json_encode($rows), "\n";
var_dump(feof(STDIN));
var_dump(stream_get_contents(STDIN));
var_dump(feof(STDIN), fgets(STDIN), fgetc(STDIN));
--EXPECT--
string(11) "first line
"
string(1) "X"
string(4) "abcd"
string(4) "rest"
[["a","b"],["c\nd","e"]]
bool(false)
string(14) "tail 1
tail 2
"
bool(true)
bool(false)
bool(false)
