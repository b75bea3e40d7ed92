--TEST--
scandir sort orders and glob flags
--FILE--
<?php
require __DIR__ . '/setup.inc';
foreach (['b.txt', 'a.txt', 'C.txt', '10.log', '9.log', '.hidden'] as $f) file_put_contents($f, $f);
mkdir('sub');
mkdir('sub2');
file_put_contents('sub/inner.txt', '');
echo json_encode(scandir('.')), "\n";
echo json_encode(scandir('.', SCANDIR_SORT_DESCENDING)), "\n";
$none = scandir('.', SCANDIR_SORT_NONE);
sort($none);
echo json_encode($none), "\n";
echo json_encode(scandir('sub')), "\n";
var_dump(scandir('missing'));
var_dump(scandir('a.txt'));
try { scandir(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(SCANDIR_SORT_ASCENDING, SCANDIR_SORT_DESCENDING, SCANDIR_SORT_NONE);
echo json_encode(glob('*.txt')), "\n";
echo json_encode(glob('*')), "\n";
echo json_encode(glob('*', GLOB_MARK)), "\n";
echo json_encode(glob('*', GLOB_ONLYDIR)), "\n";
echo json_encode(glob('{a,b}.txt', GLOB_BRACE)), "\n";
echo json_encode(glob('[ab].txt')), "\n";
echo json_encode(glob('?.log')), "\n";
echo json_encode(glob('sub*/*.txt')), "\n";
echo json_encode(glob('nomatch*')), "\n";
echo json_encode(glob('nomatch*', GLOB_NOCHECK)), "\n";
echo json_encode(glob('.*')), "\n";
$ns = glob('*.log', GLOB_NOSORT);
sort($ns);
echo json_encode($ns), "\n";
echo json_encode(glob(getcwd() . '/a.*') == [getcwd() . '/a.txt']), "\n";
var_dump(glob('*', 1 << 20));
var_dump(GLOB_BRACE, GLOB_MARK, GLOB_NOSORT, GLOB_NOCHECK, GLOB_NOESCAPE, GLOB_ERR, GLOB_ONLYDIR, GLOB_AVAILABLE_FLAGS);
cleanup();
--EXPECTF--
[".","..",".hidden","10.log","9.log","C.txt","a.txt","b.txt","sub","sub2"]
["sub2","sub","b.txt","a.txt","C.txt","9.log","10.log",".hidden","..","."]
[".","..",".hidden","10.log","9.log","C.txt","a.txt","b.txt","sub","sub2"]
[".","..","inner.txt"]

Warning: scandir(missing): Failed to open directory: No such file or directory in %s on line 13

Warning: scandir(): (errno 2): No such file or directory in %s on line 13
bool(false)

Warning: scandir(a.txt): Failed to open directory: Not a directory in %s on line 14

Warning: scandir(): (errno 20): Not a directory in %s on line 14
bool(false)
scandir(): Argument #1 ($directory) cannot be empty
int(0)
int(1)
int(2)
["C.txt","a.txt","b.txt"]
["10.log","9.log","C.txt","a.txt","b.txt","sub","sub2"]
["10.log","9.log","C.txt","a.txt","b.txt","sub\/","sub2\/"]
["sub","sub2"]
["a.txt","b.txt"]
["a.txt","b.txt"]
["9.log"]
["sub\/inner.txt"]
[]
["nomatch*"]
[".","..",".hidden"]
["10.log","9.log"]
true

Warning: glob(): At least one of the passed flags is invalid or not supported on this platform in %s on line 32
bool(false)
int(1024)
int(2)
int(4)
int(16)
int(64)
int(1)
int(8192)
int(9303)
bool(false)
