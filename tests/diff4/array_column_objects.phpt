--TEST--
array_column reads object rows' properties visible from the calling scope
--FILE--
<?php
class P { public $id; public $name; protected $hidden = 'h'; public $n = null; function __construct($i, $n) { $this->id = $i; $this->name = $n; } 
  static function cols($rows) { return array_column($rows, 'hidden', 'id'); } }
$rows = [new P(3, 'c'), new P(1, 'a'), (object)['id' => 7, 'name' => 'x'], ['id' => 9, 'name' => 'arr']];
print_r(array_column($rows, 'name'));
print_r(array_column($rows, 'name', 'id'));
print_r(array_column($rows, 'hidden'));
print_r(array_column($rows, 'n'));
print_r(array_column($rows, null, 'id'));
print_r(P::cols($rows));
--EXPECT--
Array
(
    [0] => c
    [1] => a
    [2] => x
    [3] => arr
)
Array
(
    [3] => c
    [1] => a
    [7] => x
    [9] => arr
)
Array
(
)
Array
(
    [0] => 
    [1] => 
)
Array
(
    [3] => P Object
        (
            [id] => 3
            [name] => c
            [hidden:protected] => h
            [n] => 
        )

    [1] => P Object
        (
            [id] => 1
            [name] => a
            [hidden:protected] => h
            [n] => 
        )

    [7] => stdClass Object
        (
            [id] => 7
            [name] => x
        )

    [9] => Array
        (
            [id] => 9
            [name] => arr
        )

)
Array
(
    [3] => h
    [1] => h
)
