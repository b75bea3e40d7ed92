--TEST--
stream_context_create (accepted, no effect), fsync/fdatasync, stream_is_local
--FILE--
<?php
require __DIR__ . '/setup.inc';
$c = stream_context_create();
var_dump($c, get_resource_type($c));
$c2 = stream_context_create(['http' => ['method' => 'GET']]);
var_dump(stream_context_get_options($c2), stream_context_get_options($c));
file_put_contents('f.txt', 'data', 0, $c);
var_dump(file_get_contents('f.txt', false, $c));
$h = fopen('f.txt', 'r+', false, $c);
var_dump(fread($h, 10), fsync($h), fdatasync($h));
try { fread($c, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$m = fopen('php://memory', 'w+');
var_dump(fsync($m), fdatasync($m));
var_dump(stream_is_local($m), stream_is_local('/tmp'), stream_is_local('f.txt'), stream_is_local('http://example.com/'), stream_is_local('file:///tmp'));
cleanup();
--EXPECTF--
resource(6) of type (stream-context)
string(14) "stream-context"
array(1) {
  ["http"]=>
  array(1) {
    ["method"]=>
    string(3) "GET"
  }
}
array(0) {
}
string(4) "data"
string(4) "data"
bool(true)
bool(true)
fread(): supplied resource is not a valid stream resource

Warning: fsync(): Can't fsync this stream! in %s on line 13

Warning: fdatasync(): Can't fsync this stream! in %s on line 13
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
