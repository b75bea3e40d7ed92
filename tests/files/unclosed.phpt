--TEST--
unclosed streams: writes land at once, descriptors are reclaimed
--FILE--
<?php
require __DIR__ . '/setup.inc';
// Streams nobody closes: their writes are in the file at once, and the
// descriptors come back (PHP frees them with the last reference; minphp
// when the collector finds them, at the latest when open() runs out).
function write_once($name, $i) { $h = fopen($name, 'c'); fwrite($h, sprintf('value %04d', $i)); }
for ($i = 0; $i < 3000; $i++) write_once('f.txt', $i);
var_dump(file_get_contents('f.txt'));
for ($i = 0; $i < 3000; $i++) { $h = fopen('f.txt', 'r'); }
var_dump(fread($h, 100));
for ($i = 0; $i < 1500; $i++) { $d = opendir('.'); }
var_dump(is_string(readdir($d)));
$h = fopen('g.txt', 'a');
fwrite($h, "not closed at the end");
cleanup();
--EXPECT--
string(10) "value 2999"
string(10) "value 2999"
bool(true)
bool(false)
