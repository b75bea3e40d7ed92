--TEST--
fopen: every mode, b/t, x/c, failures
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', "hello");
foreach (['r', 'rb', 'rt', 'r+', 'w', 'w+', 'a', 'a+', 'c', 'c+', 'wb+', 'rw'] as $mode) {
    file_put_contents('f.txt', "hello");
    $h = fopen('f.txt', $mode);
    $r = @fread($h, 10);
    $w = @fwrite($h, "XY");
    fclose($h);
    echo str_pad($mode, 4), ' read=', var_export($r, true), ' wrote=', var_export($w, true), ' now=', file_get_contents('f.txt'), "\n";
}
// x and x+ create, and refuse an existing file
$h = fopen('new.txt', 'x');
var_dump(is_resource($h), fwrite($h, "n"), fclose($h));
var_dump(fopen('new.txt', 'x'));
var_dump(fopen('new.txt', 'x+'));
$h = fopen('new2.txt', 'x+');
fwrite($h, "abc"); rewind($h); var_dump(fread($h, 10)); fclose($h);
// c does not truncate, w does
$h = fopen('new2.txt', 'c'); fwrite($h, "Z"); fclose($h); var_dump(file_get_contents('new2.txt'));
$h = fopen('new2.txt', 'w'); fclose($h); var_dump(file_get_contents('new2.txt'));
// failures
var_dump(fopen('missing.txt', 'r'));
var_dump(fopen('nodir/x.txt', 'w'));
var_dump(fopen('f.txt', 'q'));
var_dump(fopen('f.txt', ''));
mkdir('sub');
var_dump(fopen('sub', 'w'));
var_dump(is_resource(fopen('sub', 'r')));
try { fopen('', 'r'); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fopen("f.txt\0x", 'r'); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fopen('f.txt'); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fopen('f.txt', 'r', false, 5); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$h = fopen('file://' . getcwd() . '/f.txt', 'r');
var_dump(fread($h, 100));
cleanup();
--EXPECTF--
r    read='hello' wrote=false now=hello
rb   read='hello' wrote=false now=hello
rt   read='hello' wrote=false now=hello
r+   read='hello' wrote=2 now=helloXY
w    read=false wrote=2 now=XY
w+   read='' wrote=2 now=XY
a    read=false wrote=2 now=helloXY
a+   read='hello' wrote=2 now=helloXY
c    read=false wrote=2 now=XYllo
c+   read='hello' wrote=2 now=helloXY
wb+  read='' wrote=2 now=XY
rw   read='hello' wrote=false now=hello
bool(true)
int(1)
bool(true)

Warning: fopen(new.txt): Failed to open stream: File exists in %s on line 15
bool(false)

Warning: fopen(new.txt): Failed to open stream: File exists in %s on line 16
bool(false)
string(3) "abc"
string(3) "Zbc"
string(0) ""

Warning: fopen(missing.txt): Failed to open stream: No such file or directory in %s on line 23
bool(false)

Warning: fopen(nodir/x.txt): Failed to open stream: No such file or directory in %s on line 24
bool(false)

Warning: fopen(f.txt): Failed to open stream: `q' is not a valid mode for fopen in %s on line 25
bool(false)

Warning: fopen(f.txt): Failed to open stream: `' is not a valid mode for fopen in %s on line 26
bool(false)

Warning: fopen(sub): Failed to open stream: Is a directory in %s on line 28
bool(false)
bool(true)
ValueError: Path cannot be empty
ValueError: fopen(): Argument #1 ($filename) must not contain any null bytes
ArgumentCountError: fopen() expects at least 2 arguments, 1 given
TypeError: fopen(): Argument #4 ($context) must be of type resource or null, int given
string(5) "hello"
bool(false)
