--TEST--
methods and properties from a trait
--FILE--
<?php
trait Greets {
    public $greeting = "Hello";
    public function greet() { return "{$this->greeting}, I am " . $this->name() . " (" . static::class . ", " . self::class . ", " . __CLASS__ . ", " . __TRAIT__ . ")"; }
}
class Person {
    use Greets;
    public function name() { return "Ann"; }
}
class Robot {
    use Greets;
    public $greeting = "Hello";
    public function name() { return "R2"; }
}
echo (new Person)->greet(), "\n";
echo (new Robot)->greet(), "\n";
var_dump((new Person) instanceof Greets);
print_r(class_uses(new Person));
--EXPECT--
Hello, I am Ann (Person, Person, Person, Greets)
Hello, I am R2 (Robot, Robot, Robot, Greets)
bool(false)
Array
(
    [Greets] => Greets
)
