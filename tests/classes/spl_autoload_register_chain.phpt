--TEST--
several autoloaders are tried in order
--FILE--
<?php
spl_autoload_register(function ($c) { echo "first($c)\n"; });
spl_autoload_register(function ($c) {
    echo "second($c)\n";
    if ($c === 'AutoNamed') require __DIR__ . '/fixtures/autoload_named.inc';
});
spl_autoload_register(function ($c) { echo "third($c)\n"; }, true, true);
var_dump(interface_exists('AutoNamed'));
var_dump(interface_exists('AutoNamed'));
echo count(spl_autoload_functions()), "\n";
var_dump(Missing::class);
var_dump(is_a('Missing', 'X', true));
--EXPECT--
third(AutoNamed)
first(AutoNamed)
second(AutoNamed)
loading Named
bool(true)
bool(true)
3
string(7) "Missing"
third(Missing)
first(Missing)
second(Missing)
bool(false)
