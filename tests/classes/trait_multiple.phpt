--TEST--
several traits in one class and traits using traits
--FILE--
<?php
trait Hello { function hello() { return "Hello"; } }
trait World { function world() { return "World"; } }
trait HelloWorld {
    use Hello, World;
    function both() { return $this->hello() . " " . $this->world(); }
}
class Greeter { use HelloWorld; }
echo (new Greeter)->both(), "\n";
print_r(get_class_methods('Greeter'));
--EXPECT--
Hello World
Array
(
    [0] => both
    [1] => hello
    [2] => world
)
