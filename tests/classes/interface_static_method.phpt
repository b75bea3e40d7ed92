--TEST--
interfaces with static methods and typed parameters
--FILE--
<?php
interface Factory {
    public static function create(array $args): static;
}
class Thing implements Factory {
    public function __construct(public array $args) {}
    public static function create(array $args): static { return new static($args); }
}
class SubThing extends Thing {}
$t = SubThing::create([1, 2]);
echo get_class($t), " ", count($t->args), "\n";
--EXPECT--
SubThing 2
