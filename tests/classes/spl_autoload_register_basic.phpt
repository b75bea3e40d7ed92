--TEST--
an autoloader includes class files on first use
--FILE--
<?php
spl_autoload_register(function ($class) {
    echo "autoload($class)\n";
    $files = ['AutoShape' => 'shape', 'AutoSquare' => 'square', 'AutoNamed' => 'named'];
    if (isset($files[$class])) require __DIR__ . '/fixtures/autoload_' . $files[$class] . '.inc';
});
$s = new AutoSquare(3);
echo $s->name(), " ", $s->area(), "\n";
$t = new AutoSquare(2);
var_dump(class_exists('AutoShape', false));
var_dump(class_exists('Unknown'));
var_dump(class_exists('Unknown2', false));
var_dump(interface_exists('AutoNamed'));
try { new Unknown3; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
autoload(AutoSquare)
loading Square
autoload(AutoShape)
loading Shape
autoload(AutoNamed)
loading Named
square 9
bool(true)
autoload(Unknown)
bool(false)
bool(false)
bool(true)
autoload(Unknown3)
Class "Unknown3" not found
