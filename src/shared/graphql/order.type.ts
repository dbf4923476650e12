import { Field, InputType } from "type-graphql";
import { SortDirection } from "./enums";

/** Declares `<Name>` { field, direction }: the orderBy input of one list. */
export function OrderInputType<F extends string>(
  fieldEnum: Record<string, F>,
  name: string,
  list: string,
  defaultDirection: SortDirection,
) {
  @InputType(name, { description: `Ordering of ${list}.` })
  class Order {
    @Field(() => fieldEnum, { description: "Field to order by." })
    field!: F;

    @Field(() => SortDirection, {
      defaultValue: defaultDirection,
      description: `Direction (default ${defaultDirection}).`,
    })
    direction!: SortDirection;
  }
  return Order;
}
