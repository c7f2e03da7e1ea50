export { default } from "../../page";
