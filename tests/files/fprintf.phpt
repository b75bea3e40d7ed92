--TEST--
fprintf and vfprintf to streams
--FILE--
<?php
require __DIR__ . '/setup.inc';
$h = fopen('f.txt', 'w+');
var_dump(fprintf($h, "%s=%05.1f|%'*8s|%-4d|%x\n", "pi", 3.14159, "pad", 7, 255));
var_dump(fprintf($h, "plain\n"));
var_dump(fprintf($h, ""));
var_dump(vfprintf($h, "%2\$s %1\$s\n", ["world", "hello"]));
var_dump(vfprintf($h, "%d%%\n", [50]));
rewind($h);
echo stream_get_contents($h);
try { fprintf($h, "%s %s", "one"); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { vfprintf($h, "%s %s", ["one"]); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { vfprintf($h, "%s", "one"); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fprintf($h); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
fclose($h);
try { fprintf($h, "x"); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
fprintf(STDOUT, "to %s\n", "stdout");
cleanup();
--EXPECT--
int(26)
int(6)
int(0)
int(12)
int(4)
pi=003.1|*****pad|7   |ff
plain
hello world
50%
ArgumentCountError: 4 arguments are required, 3 given
ValueError: The arguments array must contain 2 items, 1 given
TypeError: vfprintf(): Argument #3 ($values) must be of type array, string given
ArgumentCountError: fprintf() expects at least 2 arguments, 1 given
TypeError: fprintf(): supplied resource is not a valid stream resource
to stdout
bool(false)
