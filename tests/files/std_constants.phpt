--TEST--
STDIN/STDOUT/STDERR constants (ids 1-3) and php://stdin/stdout/stderr
--FILE--
<?php
var_dump(STDIN, STDOUT, STDERR);
var_dump(get_resource_id(STDIN), get_resource_id(STDOUT), get_resource_id(STDERR));
var_dump(get_resource_type(STDOUT), is_resource(STDERR), defined('STDIN'), constant('STDOUT') === STDOUT);
var_dump(STDOUT === STDOUT, STDIN == STDOUT);
$m = stream_get_meta_data(STDOUT);
var_dump($m['mode'], $m['uri'], $m['wrapper_type'], $m['stream_type']);
$m = stream_get_meta_data(STDIN);
var_dump($m['mode'], $m['uri']);
$m = stream_get_meta_data(STDERR);
var_dump($m['mode'], $m['uri']);
$h = fopen('php://memory', 'r');
var_dump($h);
foreach (['stdin' => 'r', 'stdout' => 'w', 'stderr' => 'w'] as $n => $mode) {
    $s = fopen("php://$n", $mode);
    $m = stream_get_meta_data($s);
    var_dump($s, $m['mode'], $m['uri'], $m['wrapper_type'], $m['stream_type']);
    fclose($s);
}
function f() { return STDOUT; }
var_dump(f() === STDOUT);
--EXPECT--
resource(1) of type (stream)
resource(2) of type (stream)
resource(3) of type (stream)
int(1)
int(2)
int(3)
string(6) "stream"
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
string(2) "wb"
string(12) "php://stdout"
string(3) "PHP"
string(5) "STDIO"
string(2) "rb"
string(11) "php://stdin"
string(2) "wb"
string(12) "php://stderr"
resource(5) of type (stream)
resource(6) of type (stream)
string(1) "r"
string(11) "php://stdin"
string(3) "PHP"
string(5) "STDIO"
resource(7) of type (stream)
string(1) "w"
string(12) "php://stdout"
string(3) "PHP"
string(5) "STDIO"
resource(8) of type (stream)
string(1) "w"
string(12) "php://stderr"
string(3) "PHP"
string(5) "STDIO"
bool(true)
