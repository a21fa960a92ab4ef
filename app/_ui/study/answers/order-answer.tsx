"use client";
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useId } from "react";
import { checkOrder } from "@/app/_domain/answers";
import { fill } from "@/app/_i18n/fill";
import type { AnswerCheck } from "@/app/_domain/study/types";
import { textOf, type AnswerProps, type Outcome } from "./shared";

type Check = Extract<AnswerCheck, { kind: "order" }>;

/** An order is always an answer: the learner may judge the shuffled one right. */
export function checkOrderDraft(check: Check, draft: number[] | undefined): Outcome {
  const r = checkOrder(draft ?? check.start);
  return { verdict: r.verdict, suggested: r.suggested };
}

function Item({
  item,
  place,
  html,
  revealed,
  misplaced,
  t,
}: {
  item: number;
  place: number;
  html: string;
  revealed: boolean;
  misplaced: boolean | null;
  t: AnswerProps<Check, number[]>["t"];
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: String(item), disabled: revealed });
  const border = misplaced === null ? (isDragging ? "border-accent" : "border-border") : misplaced ? "border-bad" : "border-good";
  return (
    <li className={isDragging ? "relative z-10" : undefined}>
      <div
        ref={setNodeRef}
        style={{ transform: CSS.Transform.toString(transform), transition, touchAction: revealed ? undefined : "none" }}
        {...attributes}
        {...listeners}
        className={`flex items-start gap-2 rounded-md border-2 bg-card px-3 py-2 ${border} ${revealed ? "" : "cursor-grab"} ${isDragging ? "shadow-lg" : ""}`}
      >
        <span className="font-mono text-muted" aria-hidden>
          {revealed ? place + 1 : "⠿"}
        </span>
        <span className="min-w-0 flex-1" dangerouslySetInnerHTML={{ __html: html }} />
        {misplaced !== null ? (
          <span className={`shrink-0 text-sm ${misplaced ? "text-bad" : "text-good"}`}>{misplaced ? `✗ ${t.misplaced} → ${item + 1}` : `✓ ${t.inPlace}`}</span>
        ) : null}
      </div>
    </li>
  );
}

/** Ordering: drag, or Space and the arrow keys (dnd-kit's sortable, announced to screen readers). */
export function OrderAnswer({ check, draft, setDraft, revealed, t }: AnswerProps<Check, number[]>) {
  const order = draft ?? check.start;
  // A stable id keeps dnd-kit's described-by ids the same on the server and in the browser.
  const dndId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const name = (id: string | number) => textOf(check.itemsHtml[Number(id)] ?? "");
  const pos = (id: string | number | undefined) => (id === undefined ? 0 : order.indexOf(Number(id)) + 1);
  const announcements: Announcements = {
    onDragStart: ({ active }) => fill(t.dnd.pickedUp, { item: name(active.id), pos: pos(active.id) }),
    onDragOver: ({ active, over }) => (over ? fill(t.dnd.movedTo, { item: name(active.id), pos: pos(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => fill(t.dnd.dropped, { item: name(active.id), pos: pos(over?.id ?? active.id) }),
    onDragCancel: ({ active }) => fill(t.dnd.cancelled, { item: name(active.id) }),
  };
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    setDraft(arrayMove(order, order.indexOf(Number(active.id)), order.indexOf(Number(over.id))));
  }
  const result = revealed ? checkOrder(order) : null;
  return (
    <div className="mt-4 space-y-2" data-answer>
      {!revealed ? <p className="text-sm text-muted">{t.orderIntro}</p> : null}
      <DndContext
        id={dndId}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t.dnd.instructions } }}
      >
        <SortableContext items={order.map(String)} strategy={verticalListSortingStrategy}>
          <ol aria-label={t.orderLabel} className="space-y-2">
            {order.map((item, place) => (
              <Item
                key={item}
                item={item}
                place={place}
                html={check.itemsHtml[item] ?? ""}
                revealed={revealed}
                misplaced={result ? result.misplaced.includes(place) : null}
                t={t}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}
