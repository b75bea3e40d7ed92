--TEST--
print_r of objects with all visibilities, nested objects and return mode
--FILE--
<?php
class Item { public $name = 'pen'; protected $price = 1.5; private $tags = ['a', 'b']; public $child; }
$i = new Item;
$i->child = new Item;
print_r($i);
$s = print_r(new stdClass, true);
var_dump($s);
--EXPECT--
Item Object
(
    [name] => pen
    [price:protected] => 1.5
    [tags:Item:private] => Array
        (
            [0] => a
            [1] => b
        )

    [child] => Item Object
        (
            [name] => pen
            [price:protected] => 1.5
            [tags:Item:private] => Array
                (
                    [0] => a
                    [1] => b
                )

            [child] => 
        )

)
string(20) "stdClass Object
(
)
"
