"use client";

import { X } from "lucide-react";
import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: React.ReactNode;
  /** A sentence under the title (the dialog's accessible description). */
  description?: React.ReactNode;
  children?: React.ReactNode;
  /** Buttons at the bottom, right-aligned. */
  footer?: React.ReactNode;
  className?: string;
  "data-testid"?: string;
}

/**
 * A modal dialog on the native <dialog> element: showModal() gives the focus
 * trap, the inert page behind, Escape to close and focus returned to the
 * opener, with no extra library. Used for confirmations and conflicts. An
 * element marked `data-autofocus` takes the focus when it opens.
 */
export function Dialog({ open, onClose, title, description, children, footer, className, ...rest }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element (the close button); the safe choice goes first.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className={cn(
        "m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/40",
        className,
      )}
      data-testid={rest["data-testid"]}
    >
      {open && (
        <div className="space-y-4 p-5">
          <div className="flex items-start justify-between gap-3">
            <h2 id={titleId} className="text-base font-semibold">{title}</h2>
            <button type="button" onClick={onClose} aria-label="Close" className="rounded text-stone-400 hover:text-stone-800 focus-visible:outline-2 focus-visible:outline-stone-500">
              <X className="h-4 w-4" aria-hidden />
            </button>
          </div>
          {description && <p id={descriptionId} className="text-sm text-stone-600">{description}</p>}
          {children}
          {footer && <div className="flex flex-wrap justify-end gap-2 pt-1">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}

/** A yes/no question: a confirm button (destructive by default) and Cancel, which has the focus first. */
export function ConfirmDialog({
  open, onCancel, onConfirm, title, description, confirmLabel, tone = "destructive", children,
}: {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  title: React.ReactNode;
  description?: React.ReactNode;
  confirmLabel: string;
  tone?: "destructive" | "default";
  children?: React.ReactNode;
}) {
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      description={description}
      data-testid="confirm-dialog"
      footer={
        <>
          <Button variant="outline" onClick={onCancel} data-autofocus>Cancel</Button>
          <Button variant={tone === "destructive" ? "destructive" : "default"} onClick={onConfirm}>{confirmLabel}</Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
