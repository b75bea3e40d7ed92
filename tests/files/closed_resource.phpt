--TEST--
TypeErrors for closed resources and non-resources
--FILE--
<?php
$h = fopen('php://memory', 'w+');
var_dump($h, is_resource($h), get_resource_type($h), gettype($h));
var_dump(fclose($h));
var_dump($h, is_resource($h), get_resource_type($h), gettype($h), get_resource_id($h), get_debug_type($h));
foreach (['fclose', 'feof', 'fgetc', 'fgets', 'fflush', 'ftell', 'rewind', 'fstat', 'fpassthru', 'stream_get_contents', 'stream_get_meta_data', 'fgetcsv'] as $fn) {
    try { $fn($h); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
foreach (['fwrite' => 'x', 'fputs' => 'x', 'fread' => 1, 'fseek' => 0, 'ftruncate' => 0, 'flock' => LOCK_SH, 'fputcsv' => ['a'], 'fprintf' => 'x'] as $fn => $arg) {
    try { $fn($h, $arg); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
try { vfprintf($h, 'x', []); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { file_put_contents('php://memory', $h); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fread('x', 1); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fgets(null); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fclose([]); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fwrite(STDOUT); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
// fclose on a copy closes the one resource
$a = fopen('php://memory', 'r');
$b = $a;
fclose($b);
var_dump($a);
--EXPECT--
resource(5) of type (stream)
bool(true)
string(6) "stream"
string(8) "resource"
bool(true)
resource(5) of type (Unknown)
bool(false)
string(7) "Unknown"
string(17) "resource (closed)"
int(5)
string(17) "resource (closed)"
TypeError: fclose(): supplied resource is not a valid stream resource
TypeError: feof(): supplied resource is not a valid stream resource
TypeError: fgetc(): supplied resource is not a valid stream resource
TypeError: fgets(): supplied resource is not a valid stream resource
TypeError: fflush(): supplied resource is not a valid stream resource
TypeError: ftell(): supplied resource is not a valid stream resource
TypeError: rewind(): supplied resource is not a valid stream resource
TypeError: fstat(): supplied resource is not a valid stream resource
TypeError: fpassthru(): supplied resource is not a valid stream resource
TypeError: stream_get_contents(): supplied resource is not a valid stream resource
TypeError: stream_get_meta_data(): supplied resource is not a valid stream resource
TypeError: fgetcsv(): supplied resource is not a valid stream resource
TypeError: fwrite(): supplied resource is not a valid stream resource
TypeError: fputs(): supplied resource is not a valid stream resource
TypeError: fread(): supplied resource is not a valid stream resource
TypeError: fseek(): supplied resource is not a valid stream resource
TypeError: ftruncate(): supplied resource is not a valid stream resource
TypeError: flock(): supplied resource is not a valid stream resource
TypeError: fputcsv(): supplied resource is not a valid stream resource
TypeError: fprintf(): supplied resource is not a valid stream resource
TypeError: vfprintf(): supplied resource is not a valid stream resource
TypeError: file_put_contents(): supplied resource is not a valid stream resource
TypeError: fread(): Argument #1 ($stream) must be of type resource, string given
TypeError: fgets(): Argument #1 ($stream) must be of type resource, null given
TypeError: fclose(): Argument #1 ($stream) must be of type resource, array given
ArgumentCountError: fwrite() expects at least 2 arguments, 1 given
resource(6) of type (Unknown)
