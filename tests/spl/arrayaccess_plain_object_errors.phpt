--TEST--
[] on objects that do not implement ArrayAccess is an Error in every form
--FILE--
<?php
// [] on objects that do not implement ArrayAccess is an Error in every form
$o = new stdClass;
class Plain { public $d = []; }
$p = new Plain;
$tests = [
    'read' => function () use ($o) { return $o['x']; },
    'isset' => function () use ($o) { return isset($o['x']); },
    'empty' => function () use ($o) { return empty($o['x']); },
    'coalesce' => function () use ($o) { return $o['x'] ?? 'd'; },
    'write' => function () use ($p) { $p['x'] = 1; },
    'append' => function () use ($p) { $p[] = 1; },
    'nested write' => function () use ($o) { $o['x']['y'] = 1; },
    'unset' => function () use ($o) { unset($o['x']); },
    'compound' => function () use ($o) { $o['x'] .= 1; },
    'increment' => function () use ($o) { $o['x']++; },
    'list' => function () use ($o) { [$a] = $o; return $a; },
    'reference' => function () use ($o) { $r = &$o['x']; },
    'closure' => function () { $f = fn() => 1; return $f[0]; },
    'in array' => function () use ($o) { $a = ['o' => $o]; $a['o']['k'] = 1; },
];
foreach ($tests as $name => $f) {
    try { var_dump($f()); } catch (Error $e) { echo "$name: ", get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
read: Error: Cannot use object of type stdClass as array
isset: Error: Cannot use object of type stdClass as array
empty: Error: Cannot use object of type stdClass as array
coalesce: Error: Cannot use object of type stdClass as array
write: Error: Cannot use object of type Plain as array
append: Error: Cannot use object of type Plain as array
nested write: Error: Cannot use object of type stdClass as array
unset: Error: Cannot use object of type stdClass as array
compound: Error: Cannot use object of type stdClass as array
increment: Error: Cannot use object of type stdClass as array
list: Error: Cannot use object of type stdClass as array
reference: Error: Cannot use object of type stdClass as array
closure: Error: Cannot use object of type Closure as array
in array: Error: Cannot use object of type stdClass as array
