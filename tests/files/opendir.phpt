--TEST--
opendir, readdir, rewinddir, closedir (directory stream resources)
--FILE--
<?php
require __DIR__ . '/setup.inc';
mkdir('d');
foreach (['b', 'a', 'c'] as $f) file_put_contents("d/$f", '');
$h = opendir('d');
var_dump($h, get_resource_type($h), is_resource($h));
$names = [];
while (($e = readdir($h)) !== false) $names[] = $e;
sort($names);
echo json_encode($names), "\n";
var_dump(readdir($h));
rewinddir($h);
$n = 0;
while (readdir($h) !== false) $n++;
var_dump($n);
rewinddir();
var_dump(is_string(readdir()));
$m = stream_get_meta_data($h);
var_dump($m['wrapper_type'], $m['stream_type'], $m['mode'], $m['seekable'], $m['uri']);
var_dump(fread($h, 1), feof($h));
var_dump(fwrite($h, "x"));
var_dump(closedir($h));
var_dump($h, is_resource($h), get_resource_type($h));
try { readdir($h); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { closedir($h); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { rewinddir($h); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$f = fopen('d/a', 'r');
try { readdir($f); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { closedir($f); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(opendir('missing'));
var_dump(opendir('d/a'));
var_dump(opendir(''));
try { opendir("d\0"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$h2 = opendir('d');
var_dump(fclose($h2), get_resource_type($h2));
cleanup();
--EXPECTF--
resource(9) of type (stream)
string(6) "stream"
bool(true)
[".","..","a","b","c"]
bool(false)
int(5)
bool(true)

Warning: Undefined array key "uri" in %s on line 19
string(9) "plainfile"
string(3) "dir"
string(1) "r"
bool(true)
NULL
bool(false)
bool(false)

Notice: fwrite(): Stream is not writable in %s on line 21
bool(false)
NULL
resource(9) of type (Unknown)
bool(false)
string(7) "Unknown"
readdir(): supplied resource is not a valid Directory resource
closedir(): supplied resource is not a valid Directory resource
rewinddir(): supplied resource is not a valid Directory resource
readdir(): Argument #1 ($dir_handle) must be a valid Directory resource
closedir(): Argument #1 ($dir_handle) must be a valid Directory resource

Warning: opendir(missing): Failed to open directory: No such file or directory in %s on line 30
bool(false)

Warning: opendir(d/a): Failed to open directory: Not a directory in %s on line 31
bool(false)
bool(false)
opendir(): Argument #1 ($directory) must not contain any null bytes

Warning: fclose(): 11 is not a valid stream resource in %s on line 35
bool(false)
string(6) "stream"
bool(false)
