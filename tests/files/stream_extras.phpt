--TEST--
fscanf, stream_get_line, stream_copy_to_stream
--FILE--
<?php
require __DIR__ . '/setup.inc';
$h = fopen("php://memory","w+"); fwrite($h, "12 apples\n3 pears\n\nx\n5\n"); rewind($h);
var_dump(fscanf($h, "%d %s"));
var_dump(fscanf($h, "%d %s", $n, $w), $n, $w);
var_dump(fscanf($h, "%d"));
var_dump(fscanf($h, "%d"));
try { fscanf($h, "%d", $a, $b); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(fscanf($h, "%d"));
var_dump(fscanf($h, "%d"));
$h = fopen("php://memory","w+"); fwrite($h, "a||b||c|d||"); rewind($h);
while (($l = stream_get_line($h, 100, "||")) !== false) var_dump($l);
rewind($h);
var_dump(stream_get_line($h, 3), stream_get_line($h, 0), stream_get_line($h, 5));
rewind($h);
var_dump(stream_get_line($h, 2, "||"), stream_get_line($h, 10, "||"));
try { stream_get_line($h, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$g = fopen("php://memory","w+");
var_dump(stream_copy_to_stream($h, $g, null, 0));
rewind($h);
var_dump(stream_copy_to_stream($h, $g), stream_get_contents($g, -1, 0));
var_dump(stream_copy_to_stream($h, $g, 3, 2), stream_get_contents($g, -1, 0));
var_dump(stream_copy_to_stream($h, $g, 3, 50));
$f = 'f.txt';
file_put_contents($f, "line1\r\nline2\r\nlast");
$fh = fopen($f, 'r');
while (($l = stream_get_line($fh, 1024, "\r\n")) !== false) var_dump($l);
unlink($f);
cleanup();
--EXPECTF--
array(2) {
  [0]=>
  int(12)
  [1]=>
  string(6) "apples"
}
int(2)
int(3)
string(5) "pears"
NULL
array(1) {
  [0]=>
  NULL
}
ValueError: Variable is not assigned by any conversion specifiers
bool(false)
bool(false)
string(1) "a"
string(1) "b"
string(3) "c|d"
string(3) "a||"
string(8) "b||c|d||"
bool(false)
string(2) "a|"
string(2) "|b"
stream_get_line(): Argument #2 ($length) must be greater than or equal to 0
int(5)
int(11)
string(16) "c|d||a||b||c|d||"
int(3)
string(19) "c|d||a||b||c|d|||b|"

Warning: stream_copy_to_stream(): Failed to seek to position 50 in the stream in %s on line 23
bool(false)
string(5) "line1"
string(5) "line2"
string(4) "last"
bool(false)
