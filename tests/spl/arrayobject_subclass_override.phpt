--TEST--
a subclass overriding offsetGet/offsetSet/offsetExists is called by [] (nested writes notice)
--FILE--
<?php
// a subclass overriding offsetGet/offsetSet/offsetExists is called by [] (nested writes notice)
class Traced extends ArrayObject {
    public function offsetGet(mixed $k): mixed { echo "get $k\n"; return parent::offsetGet($k); }
    public function offsetSet(mixed $k, mixed $v): void { echo "set ", var_export($k, true), "\n"; parent::offsetSet($k, $v); }
    public function offsetExists(mixed $k): bool { echo "exists $k\n"; return parent::offsetExists($k); }
    public function offsetUnset(mixed $k): void { echo "unset $k\n"; parent::offsetUnset($k); }
}
$t = new Traced(['a' => [1], 'n' => null]);
$t['b'] = 2;
$t[] = 3;
echo $t['b'], "\n";
var_dump(isset($t['n']), isset($t['zz']), empty($t['b']));
var_dump($t['zz'] ?? 'dflt');
$t['a'][] = 2;
unset($t['b']);
$t->append(4);
print_r($t->getArrayCopy());
var_dump(count($t));
--EXPECTF--
set 'b'
set NULL
get b
2
exists n
exists zz
exists b
get b
bool(true)
bool(false)
bool(false)
exists zz
string(4) "dflt"
get a

Notice: Indirect modification of overloaded element of Traced has no effect in %s on line 15
unset b
set NULL
Array
(
    [a] => Array
        (
            [0] => 1
        )

    [n] => 
    [0] => 3
    [1] => 4
)
int(4)
